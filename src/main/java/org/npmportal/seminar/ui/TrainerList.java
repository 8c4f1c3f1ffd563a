package org.npmportal.seminar.ui;

import java.util.List;
import org.npmportal.seminar.SeminarTrainer;
import org.npmportal.seminar.TrainerKind;

/** The seminar's trainers and speakers. */
class TrainerList extends SeminarFormList<SeminarTrainer, TrainerRow> {

    TrainerList() {
        super("seminarEditor.trainer.add");
    }

    @Override
    protected SeminarTrainer newItem(List<SeminarTrainer> existing) {
        return new SeminarTrainer(null, null, TrainerKind.TRAINER);
    }

    @Override
    protected TrainerRow createRow(SeminarTrainer trainer, Runnable onChange) {
        return new TrainerRow(trainer, onChange);
    }
}

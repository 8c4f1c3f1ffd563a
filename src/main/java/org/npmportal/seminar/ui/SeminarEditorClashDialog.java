package org.npmportal.seminar.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.npmportal.seminar.Clash;

/** Warns about other seminars at the same venue, with the same trainer or for the same audience. */
class SeminarEditorClashDialog extends ConfirmDialog {

    final UnorderedList clashes = new UnorderedList();
    private Runnable onSaveAnyway = () -> { };

    SeminarEditorClashDialog() {
        setHeader(getTranslation("seminarEditor.clashes.title"));
        setText(new Div(new Paragraph(getTranslation("seminarEditor.clashes.intro")), clashes));
        setConfirmText(getTranslation("seminarEditor.clashes.saveAnyway"));
        setCancelable(true);
        setCancelText(getTranslation("seminarEditor.clashes.back"));
        addConfirmListener(confirm -> onSaveAnyway.run());
    }

    void ask(List<Clash> found, Runnable saveAnyway) {
        this.onSaveAnyway = saveAnyway;
        clashes.removeAll();
        found.forEach(clash -> clashes.add(new ListItem(
                getTranslation("seminar.clash." + clash.kind().name(), clash.otherTitle(), clash.detail()))));
        open();
    }
}

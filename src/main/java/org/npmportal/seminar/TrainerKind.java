package org.npmportal.seminar;

public enum TrainerKind {
    TRAINER,
    SPEAKER
}

package org.npmportal.security;

/** Staff roles. Participants and candidates have no accounts; they act through emailed links. */
public enum Role {
    ADMIN,
    ORGANISER,
    COMMISSION,
    FINANCE;

    /** Role names as used in {@code @RolesAllowed}, kept as constants so annotations can use them. */
    public static final class Name {
        public static final String ADMIN = "ADMIN";
        public static final String ORGANISER = "ORGANISER";
        public static final String COMMISSION = "COMMISSION";
        public static final String FINANCE = "FINANCE";

        private Name() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

package org.npmportal.funding;

/** A project aim, the indicator that measures it and the target value, such as "3 joint reports". */
public record AimRequest(String aim, String indicator, String target) {

    public static final int TEXT_MAX = 1000;
    public static final int TARGET_MAX = 300;
}

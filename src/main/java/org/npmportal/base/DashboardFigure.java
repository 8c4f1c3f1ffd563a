package org.npmportal.base;

/**
 * One real figure on the dashboard, such as "upcoming seminars: 4". The label is a message key;
 * {@code route} is the path the figure links to, or empty.
 */
public record DashboardFigure(String labelKey, long value, String route) {
}

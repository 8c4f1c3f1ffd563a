package org.npmportal.base;

import java.util.List;

/**
 * Implemented by each feature's service to put its figures on the dashboard. Implementations return
 * only what the current user may see, and are ordered with {@code @Order}.
 */
public interface DashboardFigureSource {

    List<DashboardFigure> dashboardFigures();
}

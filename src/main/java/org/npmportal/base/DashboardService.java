package org.npmportal.base;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects the figures that every feature contributes to the dashboard. */
@Service
public class DashboardService {

    private final ObjectProvider<DashboardFigureSource> sources;

    DashboardService(ObjectProvider<DashboardFigureSource> sources) {
        this.sources = sources;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DashboardFigure> figures() {
        return sources.orderedStream().flatMap(source -> source.dashboardFigures().stream()).toList();
    }
}

package org.npmportal.base;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects the figures that every feature contributes to the dashboard. */
@Service
public class DashboardService {

    private final ObjectProvider<DashboardFigureSource> sources;

    DashboardService(ObjectProvider<DashboardFigureSource> sources) {
        this.sources = sources;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<DashboardFigure> figures() {
        return sources.orderedStream().flatMap(source -> source.dashboardFigures().stream()).toList();
    }
}

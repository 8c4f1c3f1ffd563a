package org.npmportal.directory;

import java.util.List;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions and organisations: the shared directory that seminars, selection, rosters and grants refer to. */
@Service
@Order(100)
@Transactional(readOnly = true)
public class DirectoryService implements DashboardFigureSource {

    private final RegionRepository regions;
    private final OrganisationRepository organisations;

    DirectoryService(RegionRepository regions, OrganisationRepository organisations) {
        this.regions = regions;
        this.organisations = organisations;
    }

    /** All 20 regions and cities in their usual order; public, because public forms offer them. */
    @PreAuthorize("permitAll()")
    public List<Region> regions() {
        return regions.findAllByOrderBySortOrderAsc();
    }

    /** Every organisation, by name, for pickers such as the seminar list's partner filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.findAll(Sort.by("name"));
    }

    @PreAuthorize("isAuthenticated()")
    @Override
    public List<DashboardFigure> dashboardFigures() {
        return List.of(
                new DashboardFigure("dashboard.figure.organisations", organisations.count(), ""),
                new DashboardFigure("dashboard.figure.regions", regions.count(), ""));
    }
}

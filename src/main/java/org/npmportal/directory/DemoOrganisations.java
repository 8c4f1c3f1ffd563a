package org.npmportal.directory;

import java.util.List;
import org.npmportal.base.DemoData;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The organisations that appear in the source documents about Kazakhstan's NPM. */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisations implements DemoData {

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("OSCE Centre in Astana", "OSCE", OrganisationKind.INTERNATIONAL_ORGANISATION,
                    "https://www.osce.org/programme-office-in-astana"),
            new Organisation("National Ombudsman Office of the Republic of Kazakhstan", "Ombudsman",
                    OrganisationKind.STATE_BODY, "https://www.gov.kz/memleket/entities/ombudsman"),
            new Organisation("Penal Reform International", "PRI", OrganisationKind.NGO,
                    "https://www.penalreform.org"),
            new Organisation("Office of the UN High Commissioner for Human Rights", "OHCHR",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, "https://www.ohchr.org"),
            new Organisation("UNICEF", "UNICEF", OrganisationKind.INTERNATIONAL_ORGANISATION,
                    "https://www.unicef.org/kazakhstan"),
            new Organisation("British Embassy in Astana", "British Embassy", OrganisationKind.DIPLOMATIC_MISSION,
                    "https://www.gov.uk/world/kazakhstan"),
            new Organisation("Delegation of the European Union to Kazakhstan", "EU Delegation",
                    OrganisationKind.DONOR, "https://www.eeas.europa.eu/delegations/kazakhstan"),
            new Organisation("NGO Coalition against Torture in Kazakhstan", "Coalition against Torture",
                    OrganisationKind.NGO, null),
            new Organisation("Kazakhstan International Bureau for Human Rights and Rule of Law", "KIBHR",
                    OrganisationKind.NGO, "https://bureau.kz"),
            new Organisation("International Partnership for Human Rights", "IPHR", OrganisationKind.NGO,
                    "https://www.iphronline.org"),
            new Organisation("World Organisation against Torture", "OMCT", OrganisationKind.NGO,
                    "https://www.omct.org"));

    private final OrganisationRepository organisations;

    DemoOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public void load() {
        for (var template : ORGANISATIONS) {
            if (!organisations.existsByName(template.getName())) {
                organisations.save(new Organisation(template.getName(), template.getAcronym(), template.getKind(),
                        template.getWebsite()));
            }
        }
    }
}

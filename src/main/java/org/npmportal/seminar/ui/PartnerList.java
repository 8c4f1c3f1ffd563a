package org.npmportal.seminar.ui;

import java.util.List;
import org.npmportal.directory.Organisation;
import org.npmportal.seminar.PartnerRole;
import org.npmportal.seminar.SeminarPartner;

/** The organisations that co-organise, support or fund a seminar besides the lead organiser. */
class PartnerList extends SeminarFormList<SeminarPartner, PartnerRow> {

    private List<Organisation> organisations = List.of();

    PartnerList() {
        super("seminarEditor.partner.add");
    }

    void setOrganisations(List<Organisation> organisations) {
        this.organisations = List.copyOf(organisations);
    }

    @Override
    protected SeminarPartner newItem(List<SeminarPartner> existing) {
        return new SeminarPartner(null, PartnerRole.CO_ORGANISER);
    }

    @Override
    protected PartnerRow createRow(SeminarPartner partner, Runnable onChange) {
        return new PartnerRow(partner, organisations, onChange);
    }
}

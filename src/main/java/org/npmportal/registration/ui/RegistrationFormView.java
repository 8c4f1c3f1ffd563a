package org.npmportal.registration.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.DirectoryService;
import org.npmportal.registration.RegistrationService;
import org.npmportal.seminar.SeminarService;

/** The registration form for a published seminar, linked from its public page. */
@Route(value = "catalogue/:id/register", autoLayout = false)
@AnonymousAllowed
class RegistrationFormView extends RegistrationPage implements BeforeEnterObserver {

    static final String ID = "id";

    private final SeminarService seminars;

    RegistrationFormView(RegistrationService registrations, DirectoryService directory, SeminarService seminars) {
        super(registrations, directory);
        this.seminars = seminars;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var seminar = RouteNumbers.of(event, ID).flatMap(seminars::published);
        if (seminar.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(seminar.get(), new RegistrationFormData(Language.of(getLocale())), "registrationPublic.form.intro");
    }
}

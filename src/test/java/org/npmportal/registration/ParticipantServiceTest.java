package org.npmportal.registration;

import org.npmportal.support.PortalTest;

@PortalTest
class ParticipantServiceTest extends ParticipantServiceContract {
}

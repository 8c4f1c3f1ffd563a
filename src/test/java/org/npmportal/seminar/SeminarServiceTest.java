package org.npmportal.seminar;

import org.npmportal.support.PortalTest;

@PortalTest
class SeminarServiceTest extends SeminarServiceContract {
}

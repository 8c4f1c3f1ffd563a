package org.npmportal.roster.visit;

import org.npmportal.support.PortalTest;

@PortalTest
class VisitServiceTest extends VisitServiceContract {
}

package org.npmportal.roster;

import org.npmportal.support.PortalTest;

@PortalTest
class RosterServiceTest extends RosterServiceContract {
}

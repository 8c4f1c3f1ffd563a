package org.npmportal.roster;

import org.npmportal.support.PortalTest;

@PortalTest
class RosterConcurrencyTest extends RosterConcurrencyContract {
}

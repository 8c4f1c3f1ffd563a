package org.npmportal.selection;

import org.npmportal.support.PortalTest;

@PortalTest
class CandidateConcurrencyTest extends CandidateConcurrencyContract {
}

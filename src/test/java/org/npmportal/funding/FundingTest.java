package org.npmportal.funding;

import org.npmportal.support.PortalTest;

@PortalTest
class FundingTest extends FundingContract {
}

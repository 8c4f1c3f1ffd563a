package org.npmportal.privacy;

import org.npmportal.support.PortalTest;

@PortalTest
class PersonalDataTest extends PersonalDataContract {
}

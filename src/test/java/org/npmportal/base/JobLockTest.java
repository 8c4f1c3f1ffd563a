package org.npmportal.base;

import org.npmportal.support.PortalTest;

@PortalTest
class JobLockTest extends JobLockContract {
}

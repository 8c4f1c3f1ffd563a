package org.npmportal.mail;

import org.npmportal.support.PortalTest;

@PortalTest
class MailOutboxTest extends MailOutboxContract {
}

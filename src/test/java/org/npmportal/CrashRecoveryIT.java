package org.npmportal;

import java.nio.file.Path;
import org.npmportal.support.PortalProcess;

/** {@link CrashRecoveryContract} on the embedded default, an H2 file (in server mode, so the test can read it). */
class CrashRecoveryIT extends CrashRecoveryContract {

    @Override
    PortalProcess.Database database(Path dir) {
        return PortalProcess.Database.h2In(dir).sharedWithOtherProcesses();
    }
}

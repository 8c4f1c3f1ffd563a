package org.npmportal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.npmportal.audit.AuditArea;
import org.npmportal.audit.AuditEvent;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("admin")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_narrows_the_log_by_text_area_actor_and_dates_and_reads_the_newest_first() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String auditor = "auditor-" + tag;
        entry("2003-04-01T10:00:00", auditor, "EXPENDITURE_RECORDED", tag + " a");
        entry("2003-04-02T10:00:00", auditor, "USER_CREATED", tag + " b");
        entry("2003-04-03T10:00:00", "finance", "EXPENDITURE_CHANGED", tag + " c");
        entry(LocalDateTime.now().toString(), auditor, "EXPENDITURE_DELETED", tag + " d");

        var view = navigate(AuditView.class);
        test(view.text).setValue(tag.toUpperCase());
        assertThat(details(view)).containsExactly(tag + " d", tag + " c", tag + " b", tag + " a");

        view.area.setValue(AuditArea.MONEY);
        assertThat(details(view)).containsExactly(tag + " d", tag + " c", tag + " a");

        view.actor.setValue(auditor);
        assertThat(details(view)).containsExactly(tag + " d", tag + " a");

        test(view.from).setValue(LocalDate.of(2003, 4, 1));
        test(view.to).setValue(LocalDate.of(2003, 4, 2));
        assertThat(details(view)).containsExactly(tag + " a");
    }

    private List<String> details(AuditView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(AuditEvent::getDetails).toList();
    }

    private void entry(String at, String actor, String action, String details) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, details) "
                + "values (?, ?, ?, 'test', 1, ?)", LocalDateTime.parse(at), actor, action, details);
    }
}

package org.npmportal.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.npmportal.base.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators read the audit log: who changed what and when, newest first, narrowed by a filter. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final String ADMIN = "hasRole('ADMIN')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /** One page of entries; the order is always newest first, whatever the page asks for. */
    @PreAuthorize(ADMIN)
    public List<AuditEvent> page(AuditFilter filter, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return events.findAll(matching(filter), page).getContent();
    }

    @PreAuthorize(ADMIN)
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    /** Everyone who appears as an actor, for the filter's choices. */
    @PreAuthorize(ADMIN)
    public List<String> actors() {
        return events.actors();
    }

    private static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.equal(root.get("actor"), filter.actor()));
            }
            if (filter.area() != null) {
                predicates.add(cb.or(filter.area().prefixes().stream()
                        .map(prefix -> cb.like(root.get("action"), prefix + "%"))
                        .toArray(Predicate[]::new)));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = Texts.likeContains(filter.text());
                predicates.add(cb.or(cb.like(cb.lower(root.get("details")), pattern, Texts.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("action")), pattern, Texts.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("entityType")), pattern, Texts.LIKE_ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}

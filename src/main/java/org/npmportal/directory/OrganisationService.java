package org.npmportal.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.Texts;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping the list of partner organisations, donors and NGOs that seminars and grants refer to. */
@Service
@Transactional
public class OrganisationService {

    static final String EDITORS = "hasAnyRole('ORGANISER', 'ADMIN', 'FINANCE')";

    private final OrganisationRepository organisations;
    private final InputValidator validator;
    private final AuditLog auditLog;

    OrganisationService(OrganisationRepository organisations, InputValidator validator, AuditLog auditLog) {
        this.organisations = organisations;
        this.validator = validator;
        this.auditLog = auditLog;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Organisation> list(String filter, Pageable pageable) {
        return organisations.findAll(matching(filter), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String filter) {
        return organisations.count(matching(filter));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Organisation> get(long id) {
        return organisations.findById(id);
    }

    /** Creates or updates an organisation; names are unique, whatever their case. */
    @PreAuthorize(EDITORS)
    public Organisation save(Organisation edited) {
        edited.setName(Texts.blankToNull(edited.getName()));
        edited.setAcronym(Texts.blankToNull(edited.getAcronym()));
        edited.setWebsite(Texts.blankToNull(edited.getWebsite()));
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(edited);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (edited.getName() != null && organisations.existsByNameIgnoreCaseAndIdNot(edited.getName(),
                edited.getId() == null ? -1L : edited.getId())) {
            problems.add(new FieldProblem("name", "organisation.name.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean isNew = edited.getId() == null;
        if (!isNew) {
            var stored = organisations.findById(edited.getId())
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            if (stored.getVersion() != edited.getVersion()) {
                throw new UserFacingException("error.concurrentChange");
            }
        }
        var saved = organisations.saveAndFlush(edited);
        auditLog.record(isNew ? "ORGANISATION_CREATED" : "ORGANISATION_UPDATED", "organisation", saved.getId(),
                saved.getName() + " (" + saved.getKind() + ")");
        return saved;
    }

    private static Specification<Organisation> matching(String filter) {
        return (root, query, cb) -> {
            if (filter == null || filter.isBlank()) {
                return cb.conjunction();
            }
            String pattern = Texts.likeContains(filter);
            return cb.or(cb.like(cb.lower(root.get("name")), pattern, Texts.LIKE_ESCAPE),
                    cb.like(cb.lower(root.get("acronym")), pattern, Texts.LIKE_ESCAPE));
        };
    }

}

package org.npmportal.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>,
        JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findByName(String name);

    boolean existsByName(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}

package org.npmportal.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

    List<Region> findAllByOrderBySortOrderAsc();

    Optional<Region> findByCode(String code);
}

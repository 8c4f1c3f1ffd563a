package org.npmportal.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    List<Declaration> findByRoundIdOrderByDeclaredAtAscIdAsc(long roundId);

    List<Declaration> findByRoundIdAndMemberId(long roundId, long memberId);

    List<Declaration> findByCandidateIdAndMemberIdOrderByIdAsc(long candidateId, long memberId);

    List<Declaration> findByCandidateIdOrderByIdAsc(long candidateId);
}

package dev.backboard.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(?1)")
	Optional<UserAccount> findByEmail(String email);

	boolean existsByRolesContaining(Role role);

}

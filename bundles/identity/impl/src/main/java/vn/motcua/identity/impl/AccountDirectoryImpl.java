package vn.motcua.identity.impl;

import java.time.Instant;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.AccountDirectory;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.platform.api.db.MigratedSchema;

/** Reads accounts for other capabilities; joins the caller's transaction when there is one. */
@Component(service = AccountDirectory.class)
public class AccountDirectoryImpl implements AccountDirectory {

    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    @Override
    public Optional<Account> find(String accountId) {
        if (accountId == null || accountId.length() > 36) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            AccountEntity a = em.find(AccountEntity.class, accountId);
            return a == null ? Optional.<Account>empty() : Optional.of(Accounts.toDto(a, Accounts.position(em, a),
                null, Instant.now()));
        });
    }
}

package uk.earlyhelp.portal.commandbus;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Takes the command's aggregate lock first, then the transaction (and with it a database connection), and gives both
 * back only after commit or rollback. Axon's own order is the reverse: the command bus starts the transaction before
 * the repository waits for the aggregate's lock, so a burst of saves on one assessment held every pooled connection
 * while waiting (ADR 0015). The repository's own lock is still taken, and is then never contended in this portal.
 */
final class LockThenTransaction implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final AggregateLocks locks;
    private final CommandTargetResolver targets;
    private final TransactionManager transactions;

    LockThenTransaction(AggregateLocks locks, CommandTargetResolver targets, TransactionManager transactions) {
        this.locks = locks;
        this.targets = targets;
        this.transactions = transactions;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String aggregateId = aggregateOf(unitOfWork.getMessage());
        if (aggregateId != null) {
            AggregateLocks.Held held = locks.acquire(aggregateId);
            unitOfWork.onCleanup(u -> held.release());
        }
        Transaction transaction = transactions.startTransaction();
        unitOfWork.onCommit(u -> transaction.commit());
        unitOfWork.onRollback(u -> transaction.rollback());
        return chain.proceed();
    }

    /** Null for a command that names no aggregate (none of ours, but Axon allows it): it runs unlocked, as before. */
    private String aggregateOf(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}

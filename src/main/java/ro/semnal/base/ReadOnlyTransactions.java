package ro.semnal.base;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/** Runs work in a read-only transaction, for services that also write through a TransactionTemplate. */
public final class ReadOnlyTransactions {

    private ReadOnlyTransactions() {
    }

    public static <T> T read(TransactionTemplate transactions, Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }
}

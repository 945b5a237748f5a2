package ro.semnal.accounts;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the address has not been confirmed yet through the e-mailed link. */
public class EmailNotVerifiedException extends AccountStatusException {

    EmailNotVerifiedException() {
        super("The e-mail address has not been verified");
    }
}

package dev.tidemark.server.internal;

import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.util.security.Credential;

/** Jetty login for HTTP basic authentication against a {@link UserStore}. */
public final class UserLoginService extends AbstractLoginService {
    /** The one role every user has. */
    public static final String ROLE = "user";

    private final UserStore users;

    /** A login service for {@code users}. */
    public UserLoginService(UserStore users) {
        this.users = users;
        setName("Tidemark");
    }

    @Override
    protected String[] loadRoleInfo(UserPrincipal user) {
        return new String[] {ROLE};
    }

    @Override
    protected UserPrincipal loadUserInfo(String username) {
        if (!users.exists(username)) {
            return null;
        }
        return new UserPrincipal(username, new Credential() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean check(Object credentials) {
                return credentials instanceof String s && users.check(username, s);
            }
        });
    }
}

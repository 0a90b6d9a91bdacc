package dev.tidemark.server.internal;

import java.util.concurrent.Callable;
import org.apache.calcite.avatica.remote.AuthenticationType;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.apache.calcite.avatica.server.AvaticaServerConfiguration;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.RemoteUserExtractor;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.security.ConstraintMapping;
import org.eclipse.jetty.util.security.Constraint;
import org.apache.calcite.avatica.server.ServerCustomizer;
import java.util.List;

/**
 * Builds Avatica's HTTP server bound to one host address, with HTTP basic authentication checked by a
 * {@link UserLoginService} (salted hashes) instead of Jetty's plain properties file.
 */
public final class TidemarkHttpServer {
    private TidemarkHttpServer() {
    }

    /**
     * Creates (not starts) a server; at start, its connector is put in {@code connectorOut} (for the bound
     * port). {@code dynamoDb}, when not null, sees every request first and takes those that carry
     * {@code X-Amz-Target} (the DynamoDB API, authenticated by SigV4); the rest go to Avatica.
     */
    public static HttpServer create(String host, int port, AvaticaHandler handler, LoginService login,
            java.util.concurrent.atomic.AtomicReference<ServerConnector> connectorOut,
            org.eclipse.jetty.server.Handler dynamoDb) {
        ServerCustomizer<Server> customizer = server -> {
            ServerConnector connector = new ServerConnector(server);
            connector.setHost(host);
            connector.setPort(port);
            connectorOut.set(connector);
            server.setConnectors(new Connector[] {connector});
            Constraint constraint = new Constraint(Constraint.__BASIC_AUTH, UserLoginService.ROLE);
            constraint.setAuthenticate(true);
            constraint.setRoles(new String[] {UserLoginService.ROLE});
            ConstraintMapping mapping = new ConstraintMapping();
            mapping.setConstraint(constraint);
            mapping.setPathSpec("/*");
            ConstraintSecurityHandler security = new ConstraintSecurityHandler();
            security.setAuthenticator(new BasicAuthenticator());
            security.setLoginService(login);
            security.setRealmName("Tidemark");
            security.setConstraintMappings(List.of(mapping));
            security.setHandler(handler);
            server.addBean(login);
            server.setHandler(dynamoDb == null ? security
                    : new org.eclipse.jetty.server.handler.HandlerList(dynamoDb, security));
        };
        return new HttpServer.Builder<Server>().withPort(port).withCustomAuthentication(CONFIG)
                .withServerCustomizers(List.of(customizer), Server.class).build();
    }

    /** Authentication is added by the server customizer above. */
    public static final AvaticaServerConfiguration CONFIG = new AvaticaServerConfiguration() {
        @Override
        public AuthenticationType getAuthenticationType() {
            return AuthenticationType.CUSTOM;
        }
        @Override
        public String getKerberosRealm() {
            return null;
        }

        @Override
        public String getKerberosServiceName() {
            return null;
        }

        @Override
        public String getKerberosHostName() {
            return null;
        }

        @Override
        public String getKerberosPrincipal() {
            return null;
        }

        @Override
        public String[] getAllowedRoles() {
            return new String[] {UserLoginService.ROLE};
        }

        @Override
        public String getHashLoginServiceRealm() {
            return "Tidemark";
        }

        @Override
        public String getHashLoginServiceProperties() {
            return null;
        }

        @Override
        public boolean supportsImpersonation() {
            return false;
        }

        @Override
        public <T> T doAsRemoteUser(String remoteUserName, String remoteAddress, Callable<T> action) throws Exception {
            return action.call();
        }

        @Override
        public RemoteUserExtractor getRemoteUserExtractor() {
            return null;
        }
    };

}

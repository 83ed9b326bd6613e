package news.dateline.web;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * A session attribute as {@link CachedSessionRepository} keeps it between requests on one node, and how a request
 * gets its own copy ({@link #thaw}): values that cannot change are shared, a security context is rebuilt around its
 * authentication, anything else goes through Java serialization.
 */
sealed interface KeptAttribute {

    Object thaw();

    /** Immutable: the same object serves every request. */
    record Shared(Object value) implements KeptAttribute {
        @Override
        public Object thaw() {
            return value;
        }
    }

    /**
     * A signed-in member's security context. Each request gets a new context (sign-out empties the one it holds), and
     * a new token around the same principal and authorities, which nothing changes after sign-in.
     */
    record Context(UsernamePasswordAuthenticationToken authentication) implements KeptAttribute {
        @Override
        public Object thaw() {
            UsernamePasswordAuthenticationToken copy = UsernamePasswordAuthenticationToken.authenticated(
                    authentication.getPrincipal(), authentication.getCredentials(), authentication.getAuthorities());
            copy.setDetails(authentication.getDetails());
            return new SecurityContextImpl(copy);
        }
    }

    /** Anything else, as bytes: each request deserializes its own copy. */
    record Serialized(byte[] bytes, DeserializingConverter deserializer) implements KeptAttribute {
        @Override
        public Object thaw() {
            return deserializer.convert(bytes);
        }
    }

    /** Chooses how to keep each attribute. */
    final class Freezer {

        private final SerializingConverter serializer = new SerializingConverter();
        private final DeserializingConverter deserializer;

        Freezer(ClassLoader classLoader) {
            this.deserializer = new DeserializingConverter(classLoader);
        }

        KeptAttribute freeze(Object value) {
            if (value instanceof String || value instanceof Number && value.getClass().getName().startsWith("java.lang.")
                    || value instanceof Boolean || value instanceof Enum<?> || value instanceof DefaultCsrfToken) {
                return new Shared(value);
            }
            if (value instanceof SecurityContext context && context.getClass() == SecurityContextImpl.class
                    && context.getAuthentication() != null
                    && context.getAuthentication().getClass() == UsernamePasswordAuthenticationToken.class
                    && context.getAuthentication().isAuthenticated()) {
                return new Context((UsernamePasswordAuthenticationToken) context.getAuthentication());
            }
            return new Serialized(serializer.convert(value), deserializer);
        }
    }
}

package news.dateline.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How Tomcat writes a response to the socket. It writes a body in pieces the size of its socket write buffer
 * ({@code socket.appWriteBufSize}, 8 KB by default), one system call each, so an article page (28 KB for an anonymous
 * reader with forty comments, more for a member, whose every comment form carries their token) took four to six
 * writes, each paying the loopback's or the network's fixed cost. A buffer that holds a whole page writes it at once.
 * The buffer is per open connection (kept between requests while the connection lives).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SocketWrites.Properties.class)
class SocketWrites {

    /**
     * {@code dateline.http.*}.
     *
     * @param writeBuffer each connection's socket write buffer (Tomcat's {@code socket.appWriteBufSize}): the largest
     *                    piece of a response written to the socket in one system call (64 KB)
     */
    @ConfigurationProperties("dateline.http")
    record Properties(@DefaultValue("64KB") DataSize writeBuffer) {
    }

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(Properties properties) {
        return connector -> {
            if (!connector.setProperty("socket.appWriteBufSize", Long.toString(properties.writeBuffer().toBytes()))) {
                throw new IllegalStateException("Tomcat did not take socket.appWriteBufSize");
            }
        };
    }
}

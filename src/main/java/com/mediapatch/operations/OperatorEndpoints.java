package com.mediapatch.operations;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the operator's actuator endpoints (metrics, build info) to the addresses the operator
 * scrapes from; everyone else gets the same 404 as for an endpoint that does not exist. Health
 * stays public for load balancers. Behind a trusted proxy the address is the client's, not the
 * proxy's (see the TLS proxy mode), so a proxy on the same machine does not open them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(OperatorEndpoints.Access.class)
class OperatorEndpoints extends OncePerRequestFilter {

    private final List<IpAddressMatcher> operators;

    OperatorEndpoints(Access access) {
        this.operators = access.operatorAddresses().stream().map(IpAddressMatcher::new).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/actuator") || path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (operators.stream().anyMatch(operator -> operator.matches(client))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * Who may read the operator endpoints ({@code mediapatch.operations.*}).
     *
     * @param operatorAddresses addresses or CIDR ranges of the metrics scrapers (env
     *        MEDIAPATCH_OPERATIONS_OPERATOR_ADDRESSES); loopback only by default
     */
    @ConfigurationProperties("mediapatch.operations")
    record Access(@DefaultValue({"127.0.0.0/8", "::1"}) List<String> operatorAddresses) {
    }
}

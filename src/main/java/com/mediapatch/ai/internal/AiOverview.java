package com.mediapatch.ai.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mediapatch.ai.Capability;
import com.mediapatch.ai.Privacy;

import org.springframework.stereotype.Service;

/**
 * Everything God Mode's AI panel shows, read in a fixed number of queries: capabilities with their chains, the
 * connections with their health and month's spend, and usage per day and per link.
 */
@Service
public class AiOverview {

    static final int CHART_DAYS = 30;

    /** A link of a chain as the panel names it. */
    public record ChainLink(String key, String name, String state) {
    }

    /** A capability with its chain, where its input goes, and which links could still join the chain. */
    public record CapabilityView(CapabilitySettings settings, Privacy privacy, List<ChainLink> chain, List<ChainLink> addable) {

        public Capability capability() {
            return settings.capability();
        }
    }

    /** A connection with its live health and its month. */
    public record ConnectionView(AiConnection connection, LinkHealth.Status health, Budgets.Month month, long callsThisMonth,
            long failuresThisMonth) {
    }

    /** The whole panel. */
    public record Panel(List<CapabilityView> capabilities, List<ConnectionView> connections, UsageChart chart) {
    }

    private final CapabilityStore capabilities;
    private final ConnectionStore connections;
    private final LinkHealth health;
    private final UsageStore usage;
    private final Clock clock;

    AiOverview(CapabilityStore capabilities, ConnectionStore connections, LinkHealth health, UsageStore usage,
            Clock clock) {
        this.capabilities = capabilities;
        this.connections = connections;
        this.health = health;
        this.usage = usage;
        this.clock = clock;
    }

    public Panel panel() {
        LocalDate today = UsageStore.day(clock.instant());
        LocalDate from = today.minusDays(CHART_DAYS - 1L);
        List<UsageStore.DailyTotal> totals = usage.dailyTotals(from.isBefore(today.withDayOfMonth(1)) ? from : today.withDayOfMonth(1));
        List<AiConnection> all = connections.all();
        Map<String, AiConnection> byKey = new HashMap<>();
        all.forEach(connection -> byKey.put(connection.linkKey(), connection));
        List<CapabilityView> views = new ArrayList<>();
        for (CapabilitySettings settings : capabilities.all().values()) {
            views.add(new CapabilityView(settings, privacy(settings, byKey), settings.chain().stream().map(link -> link(link, byKey, settings.capability())).toList(),
                    addable(settings, all)));
        }
        LocalDate monthStart = today.withDayOfMonth(1);
        List<ConnectionView> connectionViews = all.stream().map(connection -> {
            long calls = 0;
            long failures = 0;
            long spent = 0;
            for (UsageStore.DailyTotal total : totals) {
                if (total.link().equals(connection.linkKey()) && !total.day().isBefore(monthStart)) {
                    calls += total.calls();
                    failures += UsageRecord.OK.equals(total.outcome()) ? 0 : total.calls();
                    spent += total.costMicros();
                }
            }
            long projected = spent * monthStart.lengthOfMonth() / today.getDayOfMonth();
            return new ConnectionView(connection, health.status(connection.linkKey()),
                    new Budgets.Month(spent, connection.monthlyBudgetCents() * Budgets.MICROS_PER_CENT, projected), calls, failures);
        }).toList();
        return new Panel(views, connectionViews, UsageChart.of(totals, from, CHART_DAYS));
    }

    private static Privacy privacy(CapabilitySettings settings, Map<String, AiConnection> byKey) {
        for (String link : settings.chain()) {
            if (CapabilitySettings.LOCAL.equals(link)) {
                return Privacy.THIS_SERVER;
            }
            AiConnection connection = byKey.get(link);
            if (connection != null && connection.enabled()) {
                return connection.privacy();
            }
        }
        return Privacy.THIS_SERVER;
    }

    private ChainLink link(String key, Map<String, AiConnection> byKey, Capability capability) {
        if (CapabilitySettings.LOCAL.equals(key)) {
            return new ChainLink(key, Router.localName(capability), "always on");
        }
        AiConnection connection = byKey.get(key);
        if (connection == null) {
            return new ChainLink(key, "removed connection", "skipped");
        }
        return new ChainLink(key, connection.name(), connection.enabled() ? health.status(key).state() : "switched off");
    }

    private static List<ChainLink> addable(CapabilitySettings settings, List<AiConnection> all) {
        List<ChainLink> addable = new ArrayList<>();
        if (settings.capability().hasLocalProvider() && !settings.chain().contains(CapabilitySettings.LOCAL)) {
            addable.add(new ChainLink(CapabilitySettings.LOCAL, Router.localName(settings.capability()), ""));
        }
        for (AiConnection connection : all) {
            if (connection.kind().capabilities().contains(settings.capability()) && !settings.chain().contains(connection.linkKey())) {
                addable.add(new ChainLink(connection.linkKey(), connection.name(), ""));
            }
        }
        return addable;
    }
}

package com.mediapatch.ai.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mediapatch.ai.AiCaller;
import com.mediapatch.ai.AiServices;
import com.mediapatch.ai.Capability;
import com.mediapatch.ai.Privacy;

import org.springframework.stereotype.Service;

/** A member's own AI usage: today's calls against each quota, where each feature sends their input, and the last 30 days. */
@Service
public class MemberUsage {

    static final int DAYS = 30;

    /** One capability as the member sees it. */
    public record Allowance(Capability capability, long usedToday, int dailyQuota, Privacy privacy) {

        public boolean unlimited() {
            return dailyQuota == 0;
        }

        public boolean reached() {
            return dailyQuota > 0 && usedToday >= dailyQuota;
        }
    }

    /** The page: allowances of the capabilities offered to the member, and answered calls per day. */
    public record Summary(List<Allowance> allowances, List<UsageStore.MemberDay> days) {
    }

    private final CapabilityStore capabilities;
    private final UsageStore usage;
    private final AiServices services;
    private final Clock clock;

    MemberUsage(CapabilityStore capabilities, UsageStore usage, AiServices services, Clock clock) {
        this.capabilities = capabilities;
        this.usage = usage;
        this.services = services;
        this.clock = clock;
    }

    public Summary of(AiCaller member) {
        LocalDate today = UsageStore.day(clock.instant());
        List<UsageStore.MemberDay> days = usage.memberDays(member.member(), today.minusDays(DAYS - 1L));
        List<Allowance> allowances = new ArrayList<>();
        for (Map.Entry<Capability, CapabilitySettings> entry : capabilities.all().entrySet()) {
            if (services.offers(member, entry.getKey())) {
                long usedToday = days.stream().filter(day -> day.day().equals(today) && day.capability() == entry.getKey())
                        .mapToLong(UsageStore.MemberDay::calls).sum();
                allowances.add(new Allowance(entry.getKey(), usedToday, entry.getValue().dailyQuota(), services.privacy(entry.getKey())));
            }
        }
        List<UsageStore.MemberDay> newestFirst = new ArrayList<>(days);
        java.util.Collections.reverse(newestFirst);
        return new Summary(allowances, newestFirst);
    }
}

package com.mediapatch.messaging.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create a group: a name and the handles of friends to invite, separated by commas. */
public record NewGroupForm(@NotBlank(message = "Give the group a name.") @Size(max = 80) String name,
        @Size(max = 2000) String members) {

    public static final NewGroupForm EMPTY = new NewGroupForm("", "");

    public List<String> handles() {
        return members == null ? List.of() : Arrays.stream(members.split("[,\\s]+")).map(String::strip)
                .map(h -> h.startsWith("@") ? h.substring(1) : h).filter(h -> !h.isEmpty()).distinct().toList();
    }
}

package com.mediapatch.messaging.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create a group: a name and the handles of friends to invite, separated by commas. */
public record NewGroupForm(@NotBlank(message = "Give the group a name.") @Size(max = 80) String name,
        @Size(max = 2000) String members) {

    public static final NewGroupForm EMPTY = new NewGroupForm("", "");

    /** The same form with a missing name as blank, as a search leaves it. */
    NewGroupForm orEmptyName() {
        return new NewGroupForm(name == null ? "" : name, members);
    }

    public List<String> handles() {
        return handlesIn(members);
    }

    /**
     * The handles in a list typed or ticked: separated by commas or spaces (several ticked boxes of the same name
     * arrive joined by commas), each without a leading @, each once.
     */
    static List<String> handlesIn(String members) {
        return members == null ? List.of() : Arrays.stream(members.split("[,\\s]+"))
                .map(NewConversationForm::withoutAt).filter(h -> !h.isEmpty()).distinct().toList();
    }
}

package com.mediapatch.profiles.internal;

import java.util.Set;
import java.util.function.IntSupplier;

import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchIndexes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Chooses who answers a directory page: browsing (and a discipline alone) walks the database in
 * name order; words and tag or city filters ask the search index, unless it is still being built,
 * when the database answers what it can (name words, discipline, exact tags) and the page says so.
 */
@Component
public class MemberSearch {

    private static final int READY = 100;

    private final Directory directory;
    private final ProfileSearch index;
    private final IntSupplier percentIndexed;

    @Autowired
    MemberSearch(Directory directory, ProfileSearch index, SearchIndexes indexes) {
        this(directory, index, indexes::percentDone);
    }

    /** {@code percentIndexed} is 100 exactly when the index is ready. */
    MemberSearch(Directory directory, ProfileSearch index, IntSupplier percentIndexed) {
        this.directory = directory;
        this.index = index;
        this.percentIndexed = percentIndexed;
    }

    public MembersFound find(AccountId viewer, DirectoryFilters filters, DirectoryCursor cursor, Set<AccountId> friends,
            Set<AccountId> hidden) {
        int percent = filters.needIndex() ? percentIndexed.getAsInt() : READY;
        if (percent == READY && filters.needIndex()) {
            RankedPage page = index.page(viewer, filters, cursor.page(), friends, hidden);
            return new MembersFound(page.entries(), page.number() > 1 ? pageLink(page.number() - 1) : null,
                    page.hasNext() ? pageLink(page.number() + 1) : null, page.total(), true, -1);
        }
        DirectoryPage page = directory.page(new DirectorySearch(viewer, filters, cursor.after(), cursor.before()),
                friends, hidden);
        return new MembersFound(page.entries(), handleLink("before", page.previousBefore()),
                handleLink("after", page.nextAfter()), page.total(), false, percent == READY ? -1 : percent);
    }

    private static MembersFound.Link pageLink(int number) {
        return new MembersFound.Link("page", String.valueOf(number));
    }

    private static MembersFound.Link handleLink(String direction, String handle) {
        return handle == null ? null : new MembersFound.Link(direction, handle);
    }
}

package com.mediapatch.identity;

import java.util.List;

/**
 * One page of accounts for God Mode, newest first, walked from a cursor rather than counted from the start.
 *
 * @param accounts the accounts on it, newest first
 * @param newerBefore the account to ask "before" for the newer page in front of it, or null on the first page
 * @param olderAfter the account to ask "after" for the next, older page, or null on the last page
 */
public record AccountPage(List<AccountOverview> accounts, AccountId newerBefore, AccountId olderAfter) {
}

package com.mediapatch.shared;

/**
 * One number a module reports about itself for the operators' overview.
 *
 * @param module the module's display name
 * @param label what is counted
 * @param value how many
 */
public record Statistic(String module, String label, long value) {
}

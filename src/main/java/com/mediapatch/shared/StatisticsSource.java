package com.mediapatch.shared;

import java.util.List;

/** Implemented by each module that has something to count on the God Mode overview. */
public interface StatisticsSource {

    List<Statistic> statistics();
}

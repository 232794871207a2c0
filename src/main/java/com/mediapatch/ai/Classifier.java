package com.mediapatch.ai;

import java.util.List;

/** The classification capability: scores a text against each label, best first. */
public interface Classifier {

    List<LabelScore> classify(String text, List<LabelChoice> labels);
}

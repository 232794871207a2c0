package com.mediapatch.profiles;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** An uploaded photo or banner was not taken: not an image we read, too big, or too many pixels. */
public class ImageRefused extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("image-refused", "Image refused",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The upload is not a PNG, JPEG or GIF image, or it is larger in bytes or pixels than profiles accept.");

    public ImageRefused(String detail) {
        super(TYPE, detail);
    }
}

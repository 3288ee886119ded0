import numpy as np


def crop(image, top, left, height, width):
    img = np.asarray(image)
    return {"image": img[top:top + height, left:left + width, :]}

"""Plausible wrong answers to the exercises of 06-attention; the check cells must catch each one."""

WRONG_ANSWERS = {
    "softmax": {
        "unstable: no shift": """
            def softmax(z, axis=-1):
                e = np.exp(z)
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "axis ignored (always the last one)": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z, axis=-1, keepdims=True))
                return e / np.sum(e, axis=-1, keepdims=True)
        """,
        "maximum along the last axis, sum along the given one": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z, axis=-1, keepdims=True))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "one global maximum instead of one per row": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "normalised over the whole array": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z))
                return e / np.sum(e)
        """,
        "no shift, the overflow warning switched off": """
            def softmax(z, axis=-1):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    e = np.exp(z)
                    return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "no shift, numpy's error settings switched off": """
            def softmax(z, axis=-1):
                with np.errstate(over="ignore", invalid="ignore"):
                    e = np.exp(z)
                    return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "written for 2-d arrays: transposes for axis 0, else rows": """
            def softmax(z, axis=-1):
                if axis == 0:
                    return softmax(z.T).T
                e = np.exp(z - z.max(axis=-1, keepdims=True))
                return e / e.sum(axis=-1, keepdims=True)
        """,
        "rows indexed by [:, None] (2-d only)": """
            def softmax(z, axis=-1):
                z = np.moveaxis(z, axis, -1)
                e = np.exp(z - z.max(axis=-1)[:, None])
                return np.moveaxis(e / e.sum(axis=-1)[:, None], -1, axis)
        """,
        "result stored in an array like the input (stays integer)": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.max(z, axis=axis, keepdims=True))
                out = np.zeros_like(z)
                out[...] = e / np.sum(e, axis=axis, keepdims=True)
                return out
        """,
        "computed in float32": """
            def softmax(z, axis=-1):
                z = np.asarray(z, dtype=np.float32)
                e = np.exp(z - np.max(z, axis=axis, keepdims=True))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "scores clipped to +-700 instead of shifted": """
            def softmax(z, axis=-1):
                e = np.exp(np.clip(z, -700, 700))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
        "shifted by the mean instead of the maximum": """
            def softmax(z, axis=-1):
                e = np.exp(z - np.mean(z, axis=axis, keepdims=True))
                return e / np.sum(e, axis=axis, keepdims=True)
        """,
    },
    "causal_mask": {
        "upper triangle (attends to the future)": """
            def causal_mask(L):
                return np.triu(np.ones((L, L), dtype=bool))
        """,
        "strictly lower triangle (cannot see itself)": """
            def causal_mask(L):
                return np.tril(np.ones((L, L), dtype=bool), k=-1)
        """,
        "zeros and ones instead of booleans": """
            def causal_mask(L):
                return np.tril(np.ones((L, L)))
        """,
        "a list of lists of booleans": """
            def causal_mask(L):
                return [[j <= i for j in range(L)] for i in range(L)]
        """,
        "a fixed size (written for the chapter's example)": """
            def causal_mask(L):
                return np.tril(np.ones((5, 5), dtype=bool))[:L, :L] if L <= 5 else np.ones((L, L), dtype=bool)
        """,
    },
    "scaled_dot_product_attention": {
        "no scaling": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "divides by d_k instead of sqrt(d_k)": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / K.shape[1]
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "softmax over the wrong axis": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=0)
                return weights @ V, weights
        """,
        "unstable softmax": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                e = np.exp(scores)
                weights = e / e.sum(axis=-1, keepdims=True)
                return weights @ V, weights
        """,
        "mask applied after the softmax": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                weights = softmax(Q @ K.T / np.sqrt(K.shape[1]), axis=-1)
                if mask is not None:
                    weights = np.where(mask, weights, 0.0)
                return weights @ V, weights
        """,
        "mask ignored": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                weights = softmax(Q @ K.T / np.sqrt(K.shape[1]), axis=-1)
                return weights @ V, weights
        """,
        "K Q^T instead of Q K^T": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = K @ Q.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "returns (weights, output) in the wrong order": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights, weights @ V
        """,
        "returns only the output": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                return softmax(scores, axis=-1) @ V
        """,
        "builds its own causal mask instead of using the one given": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(np.tril(np.ones(scores.shape, dtype=bool)), scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "mask read the other way round (True = blocked)": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, -np.inf, scores)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "mask multiplies the scores": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = scores * mask
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "masked scores pushed down by only 1e4": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = scores - 1e4 * ~mask
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "softmax first, then masked and renormalised": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                weights = softmax(Q @ K.T / np.sqrt(K.shape[1]), axis=-1)
                if mask is not None:
                    weights = weights * mask
                    weights = weights / weights.sum(axis=-1, keepdims=True)
                return weights @ V, weights
        """,
        "masked scores set to -1000 (too small for allowed scores near -1e4)": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -1000.0)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "masked scores set to -1e4 (ties with the lowest allowed scores)": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -1e4)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "log of the mask added, its warning switched off": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        scores = scores + np.log(mask)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "mask transposed": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(np.transpose(mask), scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "squeezes the result": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                weights = softmax(scores, axis=-1)
                return np.squeeze(weights @ V), weights
        """,
    },
    "self_attention": {
        "queries and keys swapped": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wk, X @ Wq, X @ Wv, mask)
                return output
        """,
        "mask not passed on": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wq, X @ Wk, X @ Wv)
                return output
        """,
        "returns the weights too": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                return scaled_dot_product_attention(X @ Wq, X @ Wk, X @ Wv, mask)
        """,
        "values taken from X directly": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wq, X @ Wk, X, mask)
                return output
        """,
        "always a causal mask when a mask is given": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                if mask is not None:
                    mask = causal_mask(len(X))
                output, _ = scaled_dot_product_attention(X @ Wq, X @ Wk, X @ Wv, mask)
                return output
        """,
        "mask transposed on the way": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, _ = scaled_dot_product_attention(X @ Wq, X @ Wk, X @ Wv, None if mask is None else mask.T)
                return output
        """,
        "scaled by sqrt(d_model) instead of sqrt(d_k)": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                Q, K, V = X @ Wq, X @ Wk, X @ Wv
                scores = Q @ K.T / np.sqrt(X.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                return softmax(scores) @ V
        """,
    },
    "attention_backward": {
        "no 1/sqrt(d_k) on the way back": """
            def attention_backward(Q, K, V, G, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K, dS.T @ Q, A.T @ G
        """,
        "softmax VJP summed over the wrong axis (down the columns)": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=0, keepdims=True))
                return dS @ K * scale, dS.T @ Q * scale, A.T @ G
        """,
        "dV without the transpose (A @ G)": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K * scale, dS.T @ Q * scale, A @ G
        """,
        "dK without the transpose (dS @ Q)": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K * scale, dS @ Q * scale, A.T @ G
        """,
        "mask ignored": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K * scale, dS.T @ Q * scale, A.T @ G
        """,
        "softmax treated as entrywise (dS = A * dA)": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dS = A * (G @ V.T)
                return dS @ K * scale, dS.T @ Q * scale, A.T @ G
        """,
        "unstable softmax (no maximum subtracted)": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                A = np.exp(scores)
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K * scale, dS.T @ Q * scale, A.T @ G
        """,
        "softmax first, then masked and renormalised": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                if mask is not None:
                    A = A * mask
                    A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K * scale, dS.T @ Q * scale, A.T @ G
        """,
        "masked scores set to -1000 (too small for allowed scores near -1e3)": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = 1 / np.sqrt(K.shape[1])
                scores = Q @ K.T * scale
                if mask is not None:
                    scores = np.where(mask, scores, -1000.0)
                A = np.exp(scores - scores.max(axis=1, keepdims=True))
                A = A / A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * (dA - np.sum(dA * A, axis=1, keepdims=True))
                return dS @ K * scale, dS.T @ Q * scale, A.T @ G
        """,
        "gradients from autograd (ruled out)": """
            def attention_backward(Q, K, V, G, mask=None):
                import autograd.numpy as anp
                from autograd import grad

                def loss(Q, K, V):
                    S = anp.dot(Q, K.T) / np.sqrt(K.shape[1])
                    if mask is not None:
                        S = anp.where(mask, S, -1e30)
                    A = anp.exp(S - anp.max(S, axis=1, keepdims=True))
                    A = A / anp.sum(A, axis=1, keepdims=True)
                    return anp.sum(G * anp.dot(A, V))
                return tuple(grad(loss, i)(Q, K, V) for i in range(3))
        """,
    },
}

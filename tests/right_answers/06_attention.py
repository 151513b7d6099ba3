"""Right answers to the exercises of 06-attention, written other ways; every check cell must pass each one."""

RIGHT_ANSWERS = {
    "softmax": {
        "via logsumexp": """
            def softmax(z, axis=-1):
                # no np.errstate needed: after the shift every exponent is <= 0
                m = np.max(z, axis=axis, keepdims=True)
                log_total = m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))
                return np.exp(z - log_total)
        """,
        "axis moved to the end and back": """
            def softmax(z, axis=-1):
                last = np.moveaxis(np.array(z, dtype=np.float64), axis, -1)
                shifted = last - last.max(axis=-1)[..., None]
                e = np.exp(shifted)
                return np.moveaxis(e / e.sum(axis=-1)[..., None], -1, axis)
        """,
        "one vector at a time with apply_along_axis": """
            def softmax(z, axis=-1):
                def one(v):
                    w = np.exp(v - max(v))
                    return w / sum(w)
                return np.apply_along_axis(one, axis, z).astype(float)
        """,
        "a loop over every position of the other axes": """
            def softmax(z, axis=-1):
                z = np.asarray(z, dtype=float)
                out = np.empty_like(z)
                moved_in, moved_out = np.moveaxis(z, axis, 0), np.moveaxis(out, axis, 0)
                for index in np.ndindex(moved_in.shape[1:]):
                    v = moved_in[(slice(None),) + index]
                    e = np.exp(v - v.max())
                    moved_out[(slice(None),) + index] = e / e.sum()
                return out
        """,
    },
    "causal_mask": {
        "np.tri": """
            def causal_mask(L):
                return np.tri(L, dtype=bool)
        """,
        "comparing row and column indices": """
            def causal_mask(L):
                i, j = np.indices((L, L))
                return j <= i
        """,
        "filled in a loop": """
            def causal_mask(L):
                mask = np.zeros((L, L), dtype=bool)
                for i in range(L):
                    mask[i, : i + 1] = True
                return mask
        """,
        "not the strict upper triangle": """
            def causal_mask(L):
                return ~np.triu(np.ones((L, L), dtype=bool), k=1)
        """,
    },
    "scaled_dot_product_attention": {
        "einsum and a huge negative number": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = np.einsum("qd,kd->qk", Q, K) / np.sqrt(Q.shape[-1])
                if mask is not None:
                    scores = np.where(mask, scores, -1e30)
                scores = scores - scores.max(axis=1, keepdims=True)
                weights = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
                return np.einsum("qk,kv->qv", weights, V), weights
        """,
        "a loop over the queries, softmax over the allowed keys only": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                L_q, L_k = len(Q), len(K)
                allowed = np.ones((L_q, L_k), dtype=bool) if mask is None else np.asarray(mask)
                weights = np.zeros((L_q, L_k))
                for i in range(L_q):
                    s = K[allowed[i]] @ Q[i] / K.shape[1] ** 0.5
                    e = np.exp(s - s.max())
                    weights[i, allowed[i]] = e / e.sum()
                return weights @ V, weights
        """,
        "an additive mask of -1e9, then the softmax of exercise 1": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = (Q / np.sqrt(K.shape[1])) @ K.T
                if mask is not None:
                    scores = scores + np.where(mask, 0.0, -1e9)
                weights = softmax(scores)
                return weights @ V, weights
        """,
        "masked scores set to -1e5, just far enough below -1e4": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = Q @ K.T / np.sqrt(K.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -1e5)
                weights = softmax(scores, axis=-1)
                return weights @ V, weights
        """,
        "boolean indexing on a copy, -inf, and a tuple built at the end": """
            def scaled_dot_product_attention(Q, K, V, mask=None):
                scores = np.dot(Q, K.T) * (1.0 / np.sqrt(K.shape[-1]))
                if mask is not None:
                    scores = scores.copy()
                    scores[~mask] = -np.inf
                m = scores.max(axis=-1, keepdims=True)
                log_total = m + np.log(np.exp(scores - m).sum(axis=-1, keepdims=True))
                weights = np.exp(scores - log_total)
                output = weights @ V
                return (output, weights)
        """,
    },
    "self_attention": {
        "written out without the helper": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                Q, K, V = X @ Wq, X @ Wk, X @ Wv
                scores = Q @ K.T / np.sqrt(Wk.shape[1])
                if mask is not None:
                    scores = np.where(mask, scores, -np.inf)
                e = np.exp(scores - scores.max(axis=1, keepdims=True))
                return (e / e.sum(axis=1, keepdims=True)) @ V
        """,
        "einsum projections, keyword arguments": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                Q = np.einsum("ld,dk->lk", X, Wq)
                K = np.einsum("ld,dk->lk", X, Wk)
                V = np.einsum("ld,dv->lv", X, Wv)
                return scaled_dot_product_attention(Q, K, V, mask=mask)[0]
        """,
        "matmul and a list of rows": """
            def self_attention(X, Wq, Wk, Wv, mask=None):
                output, weights = scaled_dot_product_attention(np.matmul(X, Wq), np.matmul(X, Wk),
                                                               np.matmul(X, Wv), mask)
                return np.array([row for row in output])
        """,
    },
    "attention_backward": {
        "row by row with chapter 4's Jacobian matrix, masked keys left out": """
            def attention_backward(Q, K, V, G, mask=None):
                d_k = K.shape[1]
                allowed = np.ones((len(Q), len(K)), dtype=bool) if mask is None else mask
                A = np.zeros((len(Q), len(K)))
                for i in range(len(Q)):
                    s = K[allowed[i]] @ Q[i] / np.sqrt(d_k)
                    w = np.exp(s - s.max())
                    A[i, allowed[i]] = w / w.sum()
                dA = G @ V.T
                dS = np.zeros_like(A)
                for i in range(len(Q)):
                    J = np.diag(A[i]) - np.outer(A[i], A[i])
                    dS[i] = dA[i] @ J
                return dS @ K / np.sqrt(d_k), dS.T @ Q / np.sqrt(d_k), A.T @ G
        """,
        "forward pass from exercise 3, backward pass in einsum": """
            def attention_backward(Q, K, V, G, mask=None):
                _, A = scaled_dot_product_attention(Q, K, V, mask)
                dA = np.einsum("qv,kv->qk", G, V)
                mean = np.einsum("qk,qk->q", dA, A)[:, None]
                dS = A * dA - A * mean
                root = np.sqrt(Q.shape[1])
                return (np.einsum("qk,kd->qd", dS, K) / root,
                        np.einsum("qk,qd->kd", dS, Q) / root,
                        np.einsum("qk,qv->kv", A, G))
        """,
        "masked scores set to -1e4, far enough below scores of size 1e3": """
            def attention_backward(Q, K, V, G, mask=None):
                d_k = K.shape[1]
                S = Q @ K.T / np.sqrt(d_k)
                if mask is not None:
                    S = np.where(mask, S, -1e4)
                A = np.exp(S - S.max(axis=1, keepdims=True))
                A /= A.sum(axis=1, keepdims=True)
                dA = G @ V.T
                dS = A * dA - A * (A * dA).sum(axis=1, keepdims=True)
                return dS @ K / np.sqrt(d_k), dS.T @ Q / np.sqrt(d_k), A.T @ G
        """,
        "scale folded into Q, an additive mask of -1e9, log-sum-exp": """
            def attention_backward(Q, K, V, G, mask=None):
                scale = K.shape[-1] ** -0.5
                Qs = Q * scale
                S = Qs @ K.T
                if mask is not None:
                    S = S + np.where(mask, 0.0, -1e9)
                m = S.max(axis=-1, keepdims=True)
                A = np.exp(S - m - np.log(np.exp(S - m).sum(axis=-1, keepdims=True)))
                dA = G @ V.T
                dS = A * (dA - (A * dA).sum(axis=-1, keepdims=True))
                return (dS @ K) * scale, (Qs.T @ dS).T, A.T @ G
        """,
    },
}
